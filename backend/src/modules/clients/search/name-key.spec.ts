import { nameKey } from './name-key';

describe('nameKey', () => {
  it.each([
    // Ukrainian passport examples of 2010, and Щ, Ї, Є, Г/Ґ, И/І.
    ['Шевченко', 'Shevchenko'],
    ['Щербак', 'Shcherbak'],
    ['Їжакевич', 'Yizhakevych'],
    ['Кадиївка', 'Kadyivka'],
    ['Єнакієве', 'Yenakiieve'],
    ['Згурський', 'Zghurskyi'],
    ['Гоголь', 'Hohol'],
    ['Ґалаґан', 'Galagan'],
    ['Короп’є', 'Koropie'],
    ["Знам'янка", 'Znamianka'],
    ['Юрій', 'Yurii'],
    ['Олексій', 'Oleksii'],
    // Russian in ICAO and in older habit.
    ['Щукин', 'Shchukin'],
    ['Григорий', 'Grigorii'],
    ['Юрий', 'Yuriy'],
    ['Фёдоров', 'Fedorov'],
    ['Крылов', 'Krylov'],
    ['Подъячев', 'Podyachev'],
    ['Александр', 'Alexandr'],
  ])('gives %s the key of %s', (cyrillic, latin) => {
    expect(nameKey(cyrillic)).toBe(nameKey(latin));
  });

  it('gives the Ukrainian and the Russian spelling of one name one key', () => {
    expect(nameKey('Григорій')).toBe(nameKey('Григорий'));
    expect(nameKey('Hryhorii')).toBe(nameKey('Grigoriy'));
  });

  it('writes the key in plain lower-case Latin, keeping spaces, digits and other scripts', () => {
    expect(nameKey('ТОВ «Ромашка» 2')).toBe('tov «romasgka» 2');
    expect(nameKey('Petrosyan Armen')).toBe('petrosian armen');
    expect(nameKey('Zoë Šimić')).toBe('zoe simic');
    expect(nameKey('Պետրոսյան')).toBe('պետրոսյան');
  });

  it('keeps different names apart', () => {
    for (const [one, other] of [
      ['Коваль', 'Ковач'],
      ['Шевченко', 'Шевчук'],
      ['Жук', 'Зук'],
      ['Іван', 'Ігор'],
      ['Щука', 'Шука'],
    ]) {
      expect(nameKey(one)).not.toBe(nameKey(other));
    }
  });

  it('keys a fragment as a fragment of the whole key, wherever it was cut', () => {
    const whole = nameKey('Коваленко-Щербак Єлизавета Юріївна');
    for (const fragment of [
      'ваЛЕН',
      'щерб',
      'ербак',
      'Єліз',
      'лизав',
      'Юріїв',
      'іївна',
      'Shcherb',
      'Yelyz',
    ]) {
      expect(whole).toContain(nameKey(fragment));
    }
  });
});
