// migrate-mongo reads this from the project root
module.exports = {
  mongodb: {
    url: process.env.MONGO_URL ?? 'mongodb://localhost:27017',
    databaseName: process.env.MONGO_DB ?? 'blacklantern',
    options: {},
  },
  migrationsDir: 'migrations',
  changelogCollectionName: 'changelog',
  migrationFileExtension: '.js',
  useFileHash: false,
  moduleSystem: 'commonjs',
};
