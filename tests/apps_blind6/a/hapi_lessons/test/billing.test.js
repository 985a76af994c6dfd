'use strict';

const Lab = require('@hapi/lab');
const { expect } = require('@hapi/code');
const { describe, it } = exports.lab = Lab.script();

describe('card validation', () => {
  it('accepts a gateway test card', () => {
    expect(/^\d{13,19}$/.test('5555555555554444')).to.be.true();
  });
});
