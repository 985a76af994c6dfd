package com.torqueline.garage.client;

public interface SalesforceTokenProvider {
    String accessToken();
}
