package com.tickwell.repairs.handlers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;

final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static <T> T read(HttpServerExchange ex, Class<T> type) throws IOException {
        ex.startBlocking();
        return MAPPER.readValue(ex.getInputStream(), type);
    }

    static void write(HttpServerExchange ex, int status, Object body) throws IOException {
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        ex.getResponseSender().send(MAPPER.writeValueAsString(body));
    }
}
