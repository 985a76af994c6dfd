package com.windwardlofts.sails.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

class EmarsysWsseInterceptor implements ClientHttpRequestInterceptor {
    private final String user;
    private final String secret;
    private final SecureRandom random = new SecureRandom();

    EmarsysWsseInterceptor(String user, String secret) {
        this.user = user;
        this.secret = secret;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        String created = Instant.now().toString();
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((nonce + created + secret).getBytes(StandardCharsets.UTF_8));
            String digest = Base64.getEncoder().encodeToString(HexFormat.of().formatHex(sha1).getBytes(StandardCharsets.UTF_8));
            request.getHeaders().set("X-WSSE", "UsernameToken Username=\"%s\", PasswordDigest=\"%s\", Nonce=\"%s\", Created=\"%s\"".formatted(user, digest, nonce, created));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return execution.execute(request, body);
    }
}
