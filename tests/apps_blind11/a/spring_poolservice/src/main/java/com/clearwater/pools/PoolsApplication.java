package com.clearwater.pools;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PoolsApplication {
    public static void main(String[] args) {
        SpringApplication.run(PoolsApplication.class, args);
    }
}
