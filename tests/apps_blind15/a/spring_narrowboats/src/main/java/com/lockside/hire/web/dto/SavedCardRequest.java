package com.lockside.hire.web.dto;

public record SavedCardRequest(String gatewayToken, String lastFour, String brand) {

    @Override
    public String toString() {
        return "SavedCardRequest[brand=" + brand + ", lastFour=" + lastFour + "]";
    }
}
