import { graylogApi } from "../http.ts";

export async function gelf(shortMessage: string, extra: Record<string, string | number>) {
  const message: Record<string, unknown> = {
    version: "1.1",
    host: "skylume-api",
    short_message: shortMessage,
    level: 3,
  };
  for (const [k, v] of Object.entries(extra)) message[`_${k}`] = v;
  await graylogApi.post(message).res();
}
