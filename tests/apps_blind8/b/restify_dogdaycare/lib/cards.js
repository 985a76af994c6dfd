'use strict';

function digitsOnly(value) {
  return String(value || '').replace(/\D/g, '');
}

function maskCard(number) {
  const d = digitsOnly(number);
  return d.length < 10 ? '****' : `${d.slice(0, 6)}${'*'.repeat(d.length - 10)}${d.slice(-4)}`;
}

function luhnValid(number) {
  const d = digitsOnly(number);
  let sum = 0;
  for (let i = 0; i < d.length; i += 1) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return d.length >= 13 && sum % 10 === 0;
}

module.exports = { digitsOnly, maskCard, luhnValid };
