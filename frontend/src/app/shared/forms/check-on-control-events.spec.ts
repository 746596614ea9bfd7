import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';

import { checkOnControlEvents } from './check-on-control-events';

@Component({
  selector: 'sb-tags-view',
  template: `{{ group().controls.tags.value.join(', ') }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TagsView {
  readonly group = input.required<FormGroup<{ tags: FormControl<string[]> }>>();
  constructor() {
    checkOnControlEvents(this.group);
  }
}

@Component({
  imports: [TagsView],
  template: `<sb-tags-view [group]="group" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly group = new FormGroup({ tags: new FormControl<string[]>([], { nonNullable: true }) });
}

describe('checkOnControlEvents', () => {
  it('re-renders an OnPush component when its owner changes the form outside any event', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    fixture.componentInstance.group.patchValue({ tags: ['wine', 'vip'] });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('wine, vip');
  });
});
