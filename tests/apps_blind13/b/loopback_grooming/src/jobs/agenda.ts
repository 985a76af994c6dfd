import Agenda from 'agenda';

export const agenda = new Agenda({
  db: {address: process.env.AGENDA_MONGO ?? 'mongodb://localhost:27017/trimtail-jobs', collection: 'agendaJobs'},
  processEvery: '30 seconds',
  maxConcurrency: 10,
});
