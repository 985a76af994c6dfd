package com.beanhaus.roastery.processors;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

public class EmailHasher implements Processor {
    @Override
    public void process(Exchange exchange) throws Exception {
        String email = exchange.getIn().getHeader("customerEmail", String.class);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String hashed = HexFormat.of().formatHex(sha.digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        exchange.getIn().setHeader("emailHash", hashed);
    }
}
