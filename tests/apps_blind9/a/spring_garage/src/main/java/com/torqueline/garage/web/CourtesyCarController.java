package com.torqueline.garage.web;

import com.torqueline.garage.domain.CourtesyCarHold;
import com.torqueline.garage.service.CourtesyCarService;
import com.torqueline.garage.web.Dtos.HoldRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@Slf4j
@RestController
@RequestMapping("/api/courtesy-cars")
@RequiredArgsConstructor
public class CourtesyCarController {
    private final CourtesyCarService courtesyCars;

    @PostMapping("/holds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Long hold(@Valid @RequestBody HoldRequest request) {
        log.info("courtesy car hold requested: {}", request);
        CourtesyCarHold hold = courtesyCars.placeHold(request);
        return hold.getId();
    }

    @PostMapping("/holds/{id}/release")
    public void release(@PathVariable Long id) {
        courtesyCars.release(id);
    }
}
