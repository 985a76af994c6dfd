import { upsertPeopleProfile } from "../../services/crisp";
import { log } from "../../utils/logger";

export default defineTask({
  meta: { name: "members:sync-crisp", description: "Push new members to Crisp" },
  async run() {
    const storage = useStorage("queue");
    const keys = await storage.getKeys("crisp");
    for (const key of keys) {
      const job = await storage.getItem<{ memberId: number }>(key);
      if (!job) continue;
      const member = await useDb().selectFrom("members").selectAll().where("id", "=", job.memberId).executeTakeFirst();
      if (member) {
        await upsertPeopleProfile(member);
      }
      await storage.removeItem(key);
    }
    log.info(`crisp sync processed ${keys.length} members`);
    return { result: keys.length };
  },
});
