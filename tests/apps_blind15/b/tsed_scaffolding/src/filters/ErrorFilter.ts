import { Catch, ExceptionFilterMethods, PlatformContext } from "@tsed/common";
import { Exception } from "@tsed/exceptions";
import { log } from "../logging/logger";

const logger = log("errors");

@Catch(Error)
export class ErrorFilter implements ExceptionFilterMethods {
  catch(exception: Exception, ctx: PlatformContext) {
    logger.error("request failed: {message} body={body}", {
      message: exception.message,
      body: ctx.request.body,
    });
    ctx.response.status(exception.status ?? 500).body({ message: exception.message });
  }
}
