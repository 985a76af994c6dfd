package com.torqueline.garage.service;

import com.torqueline.garage.client.SmsClient;
import com.torqueline.garage.domain.Customer;
import com.torqueline.garage.domain.Repositories.VehicleRepository;
import com.torqueline.garage.domain.Vehicle;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Slf4j
@Component
@RequiredArgsConstructor
public class MotReminderJob {
    private final VehicleRepository vehicles;
    private final SmsClient sms;

    @Scheduled(cron = "0 0 9 * * MON-SAT", zone = "Europe/London")
    @Transactional(readOnly = true)
    public void remind() {
        LocalDate due = LocalDate.now().plusDays(21);
        int sent = 0;
        for (Vehicle vehicle : vehicles.findMotDueOn(due)) {
            Customer c = vehicle.getCustomer();
            String text = "Hi " + c.getFirstName() + ", the MOT for " + vehicle.getRegistration()
                    + " is due on " + due + ". Book at torqueline.co.uk/mot";
            try {
                sms.send(c.getPhone(), text);
                sent++;
            } catch (RuntimeException e) {
                log.warn("MOT reminder failed {} {} {}", kv("vehicle", vehicle), kv("phone", c.getPhone()), kv("name", c.fullName()));
            }
        }
        log.info("MOT reminders sent {} {}", kv("count", sent), kv("due", due));
    }
}
