import { Inject, Injectable } from '@nestjs/common';
import axios, { AxiosInstance } from 'axios';
import { Driver } from '../drivers/driver.entity';
import { WAIVER_HTTP } from './integrations.module';

export interface SignedWaiver {
  id: string;
  signedAt: string;
}

@Injectable()
export class WaiverClient {
  constructor(@Inject(WAIVER_HTTP) private readonly http: AxiosInstance) {}

  async findSigned(driver: Driver): Promise<SignedWaiver | null> {
    try {
      const res = await this.http.post<SignedWaiver>('/waivers/search', {
        firstName: driver.firstName,
        lastName: driver.lastName,
        dateOfBirth: driver.dateOfBirth,
        email: driver.email,
      });
      return res.data;
    } catch (err) {
      if (axios.isAxiosError(err) && err.response?.status === 404) {
        return null;
      }
      throw err;
    }
  }
}
