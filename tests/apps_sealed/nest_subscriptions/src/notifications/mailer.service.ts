import { Injectable, Logger } from '@nestjs/common';
import axios from 'axios';
import * as https from 'https';

const legacyCrm = axios.create({
  baseURL: 'https://crm.internal.mags.example',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  timeout: 5000,
});

@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);

  async welcome(email: string, fullName: string): Promise<void> {
    await axios.post('http://mailer.mags.example:8025/send', {
      to: email,
      template: 'welcome',
      vars: { name: fullName },
    });
    this.logger.log('Welcome email queued');
  }

  async monthlyIssue(subscriberId: string, to: string, issueTitle: string, coverPng: Buffer): Promise<void> {
    await axios.post('https://api.mailrelay.mags.example/v1/messages', {
      to,
      subject: issueTitle,
      html: `<img src="cid:cover@mags"/><p>Your new issue is ready.</p>`,
      attachments: [{ filename: 'cover.png', content: coverPng.toString('base64'), cid: 'cover@mags' }],
    });
    this.logger.log(`Issue mail sent to subscriber ${subscriberId} (attachment cid cover@mags)`);
  }

  async syncContact(id: string, email: string, mobile: string | null): Promise<void> {
    await legacyCrm.put(`/contacts/${id}`, { email, mobile });
    this.logger.debug(`CRM contact ${id} synced`);
  }

  async pingStatus(): Promise<boolean> {
    const res = await axios.get('http://status.mags.example/health');
    return res.status === 200;
  }
}
