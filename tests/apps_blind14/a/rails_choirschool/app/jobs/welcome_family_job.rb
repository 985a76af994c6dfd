class WelcomeFamilyJob
  include Sidekiq::Job

  def perform(guardian_id, chorister_id)
    guardian = Guardian.find(guardian_id)
    chorister = guardian.choristers.find(chorister_id)
    MailgunLists.subscribe(guardian, chorister)
    MailgunLists.register_tag("enrolled")
    logger.info("welcomed guardian_id=#{guardian_id}")
  end
end
