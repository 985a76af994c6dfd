package co.vowsandco.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import co.vowsandco.planner.client.GatewayClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class GatewayClientTest {

    private static final String TEST_VISA = "4242424242424242";
    private static final String TEST_AMEX = "378282246310005";

    @Test
    void returnsTransactionIdOnApproval() {
        RestTemplate rest = new RestTemplate();
        MockRestServiceServer server = MockRestServiceServer.bindTo(rest).build();
        server.expect(requestTo("/payments"))
                .andRespond(withSuccess("{\"txn_id\":\"tx_1\"}", MediaType.APPLICATION_JSON));
        assertThat(new GatewayClient(rest).pay(TEST_VISA, "12/30", "123", 1000, "VP-1")).isEqualTo("tx_1");
    }

    @Test
    void tokenisesAmex() {
        RestTemplate rest = new RestTemplate();
        MockRestServiceServer server = MockRestServiceServer.bindTo(rest).build();
        server.expect(requestTo("/tokens")).andRespond(withSuccess(
                "{\"token\":\"tok_9\",\"brand\":\"amex\",\"last4\":\"0005\"}", MediaType.APPLICATION_JSON));
        assertThat(new GatewayClient(rest).tokenise(TEST_AMEX, "1234", (short) 1, (short) 30).lastFour()).isEqualTo("0005");
    }
}
