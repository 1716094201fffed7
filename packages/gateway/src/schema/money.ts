import { formatMoney } from '@sav/rules';
import { builder } from './builder.js';

export interface MoneyValue {
  readonly minor: number;
  readonly currency: string;
}

/** An amount as a decimal string ("80.00") and its ISO 4217 currency: never a float. */
export const MoneyRef = builder.objectRef<MoneyValue>('Money').implement({
  description: 'An amount of money: `amount` is a decimal string with two decimals ("80.00").',
  fields: (t) => ({
    amount: t.string({ resolve: (money) => formatMoney(money.minor, money.currency) }),
    currency: t.exposeString('currency'),
  }),
});

export function money(minor: number, currency: string): MoneyValue {
  return { minor, currency };
}
