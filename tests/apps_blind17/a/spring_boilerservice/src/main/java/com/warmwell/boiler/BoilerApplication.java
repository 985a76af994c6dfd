package com.warmwell.boiler;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BoilerApplication {
    public static void main(String[] args) {
        SpringApplication.run(BoilerApplication.class, args);
    }
}
