import { normalizeSearchText } from './arabic';

describe('normalizeSearchText', () => {
  it('folds hamza forms, ta marbuta and alef maqsura', () => {
    expect(normalizeSearchText('مؤسسة العون للتنمية')).toBe('موسسه العون للتنميه');
    expect(normalizeSearchText('موسسه العون')).toBe('موسسه العون');
    expect(normalizeSearchText('إتحاد نساء اليمن')).toBe(normalizeSearchText('اتحاد نساء اليمن'));
    expect(normalizeSearchText('مستشفى')).toBe('مستشفي');
  });

  it('drops tatweel and diacritics', () => {
    expect(normalizeSearchText('التَّمْـــويل')).toBe('التمويل');
  });

  it('lower-cases Latin text and folds white space', () => {
    expect(normalizeSearchText('  Al-Awn   FOUNDATION ')).toBe('al-awn foundation');
  });

  it('folds Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeSearchText('٧٧٧')).toBe('777');
    expect(normalizeSearchText('۷۷۷ ۱۲۳')).toBe('777 123');
    expect(normalizeSearchText('فرع ٣')).toBe('فرع 3');
    expect(normalizeSearchText('سلمى 777123456').includes(normalizeSearchText('٧٧٧١٢٣'))).toBe(true);
  });

  it('makes the misspelt query a substring of the normalised name', () => {
    const name = normalizeSearchText('مؤسسة العون للتنمية');
    expect(name.includes(normalizeSearchText('موسسه العون'))).toBe(true);
    expect(name.includes(normalizeSearchText('نهد'))).toBe(false);
  });
});

describe('toAsciiDigits', () => {
  it('converts Arabic-Indic and Persian digits', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { toAsciiDigits } = require('./digits');
    expect(toAsciiDigits('٧٧٣ ١٢٣ ٤٥٦')).toBe('773 123 456');
    expect(toAsciiDigits('۰۹۱۲')).toBe('0912');
    expect(toAsciiDigits('abc 12')).toBe('abc 12');
  });
});
