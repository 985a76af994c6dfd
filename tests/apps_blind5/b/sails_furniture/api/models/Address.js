module.exports = {
  attributes: {
    label: { type: 'string', defaultsTo: 'Home' },
    line1: { type: 'string', required: true },
    line2: { type: 'string', allowNull: true },
    city: { type: 'string', required: true },
    postcode: { type: 'string', required: true },
    accessNotes: { type: 'string', allowNull: true },
    owner: { model: 'user' },
  },
};
