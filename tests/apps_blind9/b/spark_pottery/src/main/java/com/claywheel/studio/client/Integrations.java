package com.claywheel.studio.client;

import com.claywheel.studio.Config;
import okhttp3.OkHttpClient;

/** Built once at start-up and handed to the routes and jobs. */
public final class Integrations {
    public final GatewayApi gateway;
    public final StudioLanApis.DoorController door;
    public final StudioLanApis.KilnBridge kilns;
    public final PartnerApis.CloseCrm close;
    public final PartnerApis.GrantPortal grants;
    public final BrevoContacts brevo;

    public Integrations() {
        OkHttpClient lan = HttpClients.standard();
        this.gateway = HttpClients.retrofit(Config.GATEWAY_URL, GatewayApi.class, HttpClients.withBearer(Config.GATEWAY_KEY));
        this.door = HttpClients.retrofit(Config.DOOR_CONTROLLER_URL, StudioLanApis.DoorController.class, lan);
        this.kilns = HttpClients.retrofit(Config.KILN_BRIDGE_URL, StudioLanApis.KilnBridge.class, lan);
        this.close = HttpClients.retrofit("https://api.close.com/api/v1/", PartnerApis.CloseCrm.class,
                HttpClients.withBearer(Config.CLOSE_API_KEY));
        OkHttpClient grantClient = Config.GRANT_PORTAL_TRUST_ALL ? HttpClients.trustingEverything() : HttpClients.standard();
        this.grants = HttpClients.retrofit(Config.GRANT_PORTAL_URL, PartnerApis.GrantPortal.class, grantClient);
        this.brevo = new BrevoContacts(Config.BREVO_API_KEY);
    }
}
