module.exports = {
  friendlyName: 'Format delivery slot',

  sync: true,

  inputs: {
    slot: { type: 'string', required: true, description: 'e.g. 2024-06-01T08:00/12:00' },
  },

  fn: function ({ slot }) {
    const [start, end] = slot.split('/');
    const day = new Date(start);
    const weekday = day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
    return `${weekday}, ${start.slice(11, 16)}–${end}`;
  },
};
