import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../../../../public/i18n/en.json';
import uk from '../../../../public/i18n/uk.json';
import { FilePicker } from './file-picker';

function setUp(language: 'en' | 'uk') {
  TestBed.configureTestingModule({
    imports: [
      FilePicker,
      TranslocoTestingModule.forRoot({
        langs: { en, uk },
        translocoConfig: { availableLangs: ['en', 'uk'], defaultLang: language },
        preloadLangs: true,
      }),
    ],
  });
  const fixture = TestBed.createComponent(FilePicker);
  fixture.componentRef.setInput('testId', 'order-attach');
  fixture.detectChanges();
  const root = fixture.nativeElement as HTMLElement;
  const chosen: File[] = [];
  fixture.componentInstance.fileChosen.subscribe((file) => chosen.push(file));
  return { fixture, root, chosen };
}

describe('FilePicker', () => {
  it('shows a translated button and no native input text', () => {
    const { root } = setUp('uk');
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.classList).toContain('cdk-visually-hidden');
    expect(input.dataset['testid']).toBe('order-attach');
    expect(root.querySelector('button')?.textContent).toContain(uk.common.chooseFile);
    expect(root.querySelector('.file-name')?.textContent?.trim()).toBe(uk.common.noFileChosen);
  });

  it('opens the hidden input from the button, then names and emits the chosen file', () => {
    const { fixture, root, chosen } = setUp('en');
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    let opened = 0;
    input.click = () => opened++;
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(opened).toBe(1);
    const file = new File(['x'], 'signed-act.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(chosen).toEqual([file]);
    expect(root.querySelector('.file-name')?.textContent?.trim()).toBe('signed-act.pdf');
  });
});
