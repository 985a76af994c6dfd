'use strict';

const https = require('https');
const axios = require('axios');
const config = require('../config');
const log = require('../lib/logger').getLogger('kennel');

const vetClient = axios.create({
  baseURL: config.vetRecords.baseUrl,
  timeout: 15000,
  headers: { Authorization: `Token ${config.vetRecords.token}` },
  httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
});

async function fetchVaccinations(owner, dog) {
  const { data } = await vetClient.get('/vaccinations', {
    params: { owner_name: owner.full_name, owner_phone: owner.phone, pet_name: dog.name },
  });
  return data.records;
}

async function assignRun(stay, dog, owner) {
  await axios.post(`${config.kennelDoorUrl}/runs/${stay.kennel_run}/assign`, {
    stay: stay.reference,
    dog: dog.name,
    owner: owner.full_name,
    emergency_phone: owner.phone,
  });
  log.info('run %s assigned to stay %s', stay.kennel_run, stay.reference);
}

async function doorStatus(run) {
  const { data } = await axios.get(`${config.kennelDoorUrl}/runs/${run}/status`, { timeout: 2000 });
  return data.state;
}

async function pushFeedingPlan(stay, dog, meals) {
  // meals: [{ time: '07:30', grams: 180, pan: 'M' }]
  await axios.post(`${config.kennelDoorUrl}/runs/${stay.kennel_run}/feeding`, {
    stay: stay.reference,
    dog: dog.name,
    meals: meals.map((m) => ({ at: m.time, grams: m.grams, pan: m.pan || dog.feeding_pan_size })),
  });
  log.debug('feeding plan for stay %s: %d meals', stay.reference, meals.length);
}

module.exports = { fetchVaccinations, assignRun, doorStatus, pushFeedingPlan };
