import {axiomAgent, postJson, urls} from './http-clients';

export async function ingest(events: Record<string, unknown>[]): Promise<void> {
  await postJson(axiomAgent, `${urls.axiom}/datasets/${urls.axiomDataset}/ingest`, events, {
    authorization: `Bearer ${process.env.AXIOM_TOKEN}`,
  });
}

export async function ingestRequest(method: string, path: string, status: number, body: unknown): Promise<void> {
  await ingest([{_time: new Date().toISOString(), method, path, status, body}]);
}

export async function ingestTiming(path: string, ms: number): Promise<void> {
  await ingest([{_time: new Date().toISOString(), path, ms}]);
}
