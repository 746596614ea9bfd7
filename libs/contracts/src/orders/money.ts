/** An amount of money as a decimal string with two fraction digits (`"1250.00"`), beside a currency code. */
export type Money = string;

export const CURRENCIES = ['UAH', 'RUB', 'AMD', 'USD', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];
