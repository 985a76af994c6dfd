import raw from '../../../config/integrations.json' assert { type: 'json' };

type Endpoint = { baseUrl: string; rejectUnauthorized?: boolean; pixelId?: string };

const defaults: Record<string, Endpoint> = {
  corvex: { baseUrl: 'https://api.corvexpayments.eu/v3', rejectUnauthorized: true },
  taproom: { baseUrl: 'https://pos.brewstack-taproom.co.uk/api', rejectUnauthorized: false },
  lanes: { baseUrl: 'http://lanes.splitwood.lan:7070' }
};

export const integrations: Record<string, Endpoint> = { ...defaults, ...(raw as Record<string, Endpoint>) };
