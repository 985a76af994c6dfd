package com.starvault.support;

import io.jooby.Context;
import io.jooby.Route;
import java.util.UUID;
import org.slf4j.MDC;

public final class RequestContext implements Route.Filter {
  @Override
  public Route.Handler apply(Route.Handler next) {
    return ctx -> {
      MDC.put("requestId", UUID.randomUUID().toString());
      try {
        return next.apply(ctx);
      } finally {
        MDC.clear();
      }
    };
  }

  public static void visitor(Context ctx, String value) {
    MDC.put("visitor", value);
  }
}
