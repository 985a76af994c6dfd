module.exports.models = {
  schema: true,
  // Schema changes go through db-migrate (see migrations/); never let Waterline alter tables.
  migrate: 'safe',
  attributes: {
    createdAt: { type: 'number', autoCreatedAt: true },
    updatedAt: { type: 'number', autoUpdatedAt: true },
    id: { type: 'number', autoIncrement: true },
  },
  dataEncryptionKeys: {
    default: process.env.DEK_DEFAULT,
  },
  cascadeOnDestroy: true,
};
