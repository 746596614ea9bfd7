import { ArrayUnique, IsIn, IsString, Length, MaxLength, MinLength, validate } from 'class-validator';
import { fieldErrorCode } from './field-error-code';

class Sample {
  @IsString()
  @Length(3, 8)
  name: unknown = 'valid';

  @MinLength(2)
  @MaxLength(4)
  code: unknown = 'ok';

  @IsIn(['a', 'b'])
  choice: unknown = 'a';

  @ArrayUnique()
  tags: unknown = [];
}

/** The codes the validation of a Sample with `fields` gives, by field. */
async function codes(fields: Partial<Sample>): Promise<Record<string, string[]>> {
  const errors = await validate(Object.assign(new Sample(), fields));
  return Object.fromEntries(
    errors.map((error) => [
      error.property,
      Object.keys(error.constraints ?? {}).map((constraint) => fieldErrorCode(constraint, error)),
    ]),
  );
}

describe('fieldErrorCode', () => {
  it.each([
    ['too short for its length', { name: 'ab' }, { name: ['TOO_SHORT'] }],
    ['empty under a length', { name: '' }, { name: ['TOO_SHORT'] }],
    ['too long for its length', { name: 'abcdefghi' }, { name: ['TOO_LONG'] }],
    ['not text under a length', { name: 42 }, { name: ['WRONG_TYPE', 'WRONG_TYPE'] }],
    ['below a minimum length', { code: 'a' }, { code: ['TOO_SHORT'] }],
    ['above a maximum length', { code: 'abcde' }, { code: ['TOO_LONG'] }],
    ['outside a list', { choice: 'c' }, { choice: ['NOT_ALLOWED'] }],
    ['repeated in a list', { tags: ['x', 'x'] }, { tags: ['DUPLICATE'] }],
  ])('codes a value %s', async (_what, fields, expected) => {
    expect(await codes(fields)).toEqual(expected);
  });

  it('cannot tell the bound of an isLength reported without its target', () => {
    expect(fieldErrorCode('isLength', { property: 'name', value: 'ab', children: [] })).toBe('INVALID');
  });

  it('answers INVALID for a constraint it does not know', async () => {
    const [error] = await validate(Object.assign(new Sample(), { choice: 'c' }));
    expect(fieldErrorCode('somethingNew', error)).toBe('INVALID');
  });
});
