package com.windwardlofts.sails;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@MapperScan("com.windwardlofts.sails.mapper")
public class SailLoftApplication {
    public static void main(String[] args) {
        SpringApplication.run(SailLoftApplication.class, args);
    }
}
