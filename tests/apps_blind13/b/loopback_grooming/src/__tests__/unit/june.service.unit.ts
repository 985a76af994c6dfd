import {expect, sinon} from '@loopback/testlab';
import * as clients from '../../services/http-clients';
import {JuneService} from '../../services/june.service';

describe('JuneService', () => {
  afterEach(() => sinon.restore());

  it('hashes the email for anonymous events', async () => {
    const stub = sinon.stub(clients, 'postJson').resolves({status: 200, json: {}});
    await new JuneService().trackAnonymous('Maud.Ellery@example.net', 'Quote Requested');
    const body = stub.firstCall.args[2] as {anonymousId: string};
    expect(body.anonymousId).to.have.length(64);
    expect(JSON.stringify(body)).to.not.containEql('example.net');
  });

  it('tracks bookings by owner id', async () => {
    const stub = sinon.stub(clients, 'postJson').resolves({status: 200, json: {}});
    await new JuneService().trackBooking(42, 'van-3', 5500);
    expect(stub.firstCall.args[2]).to.containDeep({userId: '42', event: 'Appointment Booked'});
  });
});
