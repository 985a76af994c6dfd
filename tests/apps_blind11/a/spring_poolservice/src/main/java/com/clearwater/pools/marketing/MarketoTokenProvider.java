package com.clearwater.pools.marketing;

import com.clearwater.pools.config.ClearwaterProperties;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class MarketoTokenProvider {
    private final RestClient marketo;
    private final ClearwaterProperties props;
    private String token;

    public MarketoTokenProvider(@Qualifier("marketoRestClient") RestClient marketo, ClearwaterProperties props) {
        this.marketo = marketo;
        this.props = props;
    }

    public synchronized String current() {
        if (token == null) {
            Map<?, ?> res = marketo.get()
                    .uri("/identity/oauth/token?grant_type=client_credentials&client_id={id}&client_secret={secret}",
                            props.marketo().clientId(), System.getenv("MARKETO_CLIENT_SECRET"))
                    .retrieve().body(Map.class);
            token = (String) res.get("access_token");
        }
        return token;
    }
}
