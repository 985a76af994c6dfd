const nock = require('nock');
const { ServiceBroker } = require('moleculer');
const MembersService = require('../services/members.service');
const Member = require('../models/Member');

jest.mock('../models/Member');

describe('members.register', () => {
  const broker = new ServiceBroker({ logger: false });
  broker.createService(MembersService);
  broker.createService({ name: 'jobs', actions: { enqueue: jest.fn() } });

  beforeAll(() => broker.start());
  afterAll(() => broker.stop());

  it('hashes the password before saving', async () => {
    const save = jest.fn().mockResolvedValue({ id: 41, get: () => 'x', fullName: () => 'x' });
    Member.mockImplementation((attrs) => ({ save: () => save(attrs) }));
    nock('https://trk.kissmetrics.io').get(/.*/).reply(200);
    nock('https://rest.vitally.io').post('/resources/users').reply(200, {});
    nock('http://club-office.fletchline.internal:8081').post(/.*/).reply(204);
    await broker.call('members.register', { email: 'o.hale@example.org', first_name: 'Orla', last_name: 'Hale', password: 'longenough-pass' });
    expect(save.mock.calls[0][0].password_hash).toMatch(/^\$2[aby]\$12\$/);
  });
});
