package com.torqueline.garage.logging;

import java.util.Arrays;
import lombok.extern.slf4j.Slf4j;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.stereotype.Component;

import static net.logstash.logback.argument.StructuredArguments.kv;

@Slf4j
@Aspect
@Component
public class AuditAspect {

    @Around("@annotation(audited)")
    public Object audit(ProceedingJoinPoint pjp, Audited audited) throws Throwable {
        long start = System.nanoTime();
        try {
            Object result = pjp.proceed();
            log.info("audit {} {} {}", kv("action", audited.value()), kv("args", Arrays.toString(pjp.getArgs())),
                    kv("ms", (System.nanoTime() - start) / 1_000_000));
            return result;
        } catch (Throwable t) {
            log.warn("audit {} failed {}", kv("action", audited.value()), kv("error", t.getClass().getSimpleName()));
            throw t;
        }
    }
}
