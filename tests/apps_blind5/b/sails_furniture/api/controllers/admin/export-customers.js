const fs = require('fs');
const path = require('path');

module.exports = {
  friendlyName: 'Export customers',

  description: 'Write a CSV of marketing-consented customers for the mailing house.',

  inputs: {},

  fn: async function () {
    const users = await User.find({ emailStatus: 'confirmed' }).select(['id', 'emailAddress', 'fullName']);
    const file = path.join(sails.config.appPath, '.tmp', `customers-${Date.now()}.csv`);
    const lines = ['id,email,name'].concat(users.map((u) => `${u.id},${u.emailAddress},"${u.fullName}"`));
    fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
    sails.log.info(`customer export written: ${users.length} rows -> ${path.basename(file)}`);
    return { rows: users.length };
  },
};
