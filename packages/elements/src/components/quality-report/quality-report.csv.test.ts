// The CSV export's writer on its own (pure functions): RFC 4180 quoting and the guard against
// spreadsheet formulas.
import { expect } from '@open-wc/testing';
import { csvField, tablesToCsv, toCsv } from './quality-report.csv.js';

describe('the quality report as CSV', () => {
  it('writes plain fields as they are, numbers as digits, nothing as an empty field, each record ended by CRLF', () => {
    expect(toCsv([['Model', 'Tickets', 'Rate'], ['FRIDGE-A', 6, '60.00'], ['NEW-C', 0, null]])).to.equal('Model,Tickets,Rate\r\nFRIDGE-A,6,60.00\r\nNEW-C,0,\r\n');
  });

  it('quotes a field holding a comma, a double quote (doubled), a line break or spaces at its ends', () => {
    expect(csvField('Lyon, 3e')).to.equal('"Lyon, 3e"');
    expect(csvField('The "best" fridge')).to.equal('"The ""best"" fridge"');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\rlf')).to.equal('"cr\rlf"');
    expect(csvField(' padded ')).to.equal('" padded "');
    expect(csvField('Réfrigérateur 冰箱')).to.equal('Réfrigérateur 冰箱');
  });

  it('puts a quote mark before a text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://evil.example","click")')).to.equal('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvField('+33 1 23')).to.equal("'+33 1 23");
    expect(csvField('-cmd')).to.equal("'-cmd");
    expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvField('\tTAB')).to.equal("'\tTAB");
    expect(csvField('-1.50')).to.equal('-1.50');
    expect(csvField(-3)).to.equal('-3');
    expect(csvField('A=B')).to.equal('A=B');
  });

  it('writes several tables one after the other: title, header, rows, an empty line between', () => {
    const csv = tablesToCsv([
      { title: 'By model', header: ['Model', 'Tickets'], rows: [['A', 1]] },
      { title: 'By part', header: ['Part', 'Tickets'], rows: [] },
    ]);
    expect(csv).to.equal('By model\r\nModel,Tickets\r\nA,1\r\n\r\nBy part\r\nPart,Tickets\r\n');
  });
});
