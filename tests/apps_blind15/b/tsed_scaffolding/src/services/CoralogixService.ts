import { Injectable } from "@tsed/di";
import { config } from "../config/env";
import { coralogixHttp } from "../http/clients";

@Injectable()
export class CoralogixService {
  private async send(severity: number, text: string) {
    await coralogixHttp("/logs/v1/singles", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${process.env.CORALOGIX_PRIVATE_KEY}` },
      body: JSON.stringify([
        { applicationName: config.coralogix.applicationName, subsystemName: config.coralogix.subsystemName, severity, text },
      ]),
    });
  }

  async hireFailed(hireId: number, contactEmail: string, reason: string) {
    await this.send(5, `hire ${hireId} failed for ${contactEmail}: ${reason}`);
  }

  async queueDepth(queue: string, depth: number) {
    await this.send(3, JSON.stringify({ queue, depth }));
  }
}
