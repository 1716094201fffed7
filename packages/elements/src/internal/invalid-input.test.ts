import { expect } from '@open-wc/testing';
import { fieldsAtFault, messagesAtFault } from './invalid-input.js';

describe('fieldsAtFault', () => {
  const shown = ['productModel', 'purchaseDate', 'country', 'city'] as const;

  it('names the shown fields an InvalidInput blames, in its order, from plain or dotted paths', () => {
    expect(fieldsAtFault(['input.purchaseDate', 'productModel'], shown)).to.deep.equal(['purchaseDate', 'productModel']);
  });

  it('leaves out a field the form does not show, and copes with no field at all', () => {
    expect(fieldsAtFault(['serialNumber'], shown)).to.deep.equal([]);
    expect(fieldsAtFault(null, shown)).to.deep.equal([]);
    expect(fieldsAtFault(undefined, shown)).to.deep.equal([]);
  });
});

describe('messagesAtFault', () => {
  const shown = ['fault', 'postalCode', 'phone'] as const;
  const problem = (field: string, message: string) => ({ field, code: 'INVALID', message });

  it('gives each field its own problem, from dotted paths, in the order named', () => {
    const invalid = {
      message: 'Bad postal code. Bad fault.',
      field: ['customer.address.postalCode', 'fault'],
      problems: [problem('customer.address.postalCode', 'Bad postal code.'), problem('fault', 'Bad fault.')],
    };
    const messages = messagesAtFault(invalid, shown);
    expect(messages).to.deep.equal({ postalCode: 'Bad postal code.', fault: 'Bad fault.' });
    expect(Object.keys(messages)).to.deep.equal(['postalCode', 'fault']);
  });

  it('says two problems of one field one after the other, and leaves out a field not shown', () => {
    const invalid = {
      message: 'x',
      field: ['customer.phone', 'idempotencyKey'],
      problems: [problem('customer.phone', 'Too short.'), problem('customer.phone', 'Not a number.'), problem('idempotencyKey', 'Too long.')],
    };
    expect(messagesAtFault(invalid, shown)).to.deep.equal({ phone: 'Too short. Not a number.' });
  });

  it('falls back to the combined sentence for each field when there are no problems', () => {
    expect(messagesAtFault({ message: 'Bad phone.', field: ['customer.phone'] }, shown)).to.deep.equal({ phone: 'Bad phone.' });
    expect(messagesAtFault({ message: 'Bad phone.', field: ['customer.phone'], problems: [] }, shown)).to.deep.equal({ phone: 'Bad phone.' });
    expect(messagesAtFault({ message: 'Bad.', field: null }, shown)).to.deep.equal({});
  });
});
