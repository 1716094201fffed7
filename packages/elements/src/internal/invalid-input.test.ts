import { expect } from '@open-wc/testing';
import { fieldsAtFault } from './invalid-input.js';

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
