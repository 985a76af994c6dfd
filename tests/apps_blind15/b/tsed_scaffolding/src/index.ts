import { PlatformExpress } from "@tsed/platform-express";
import { setupLogging } from "./logging/logger";
import { Server } from "./Server";

async function bootstrap() {
  await setupLogging();
  const platform = await PlatformExpress.bootstrap(Server);
  await platform.listen();
}

bootstrap();
