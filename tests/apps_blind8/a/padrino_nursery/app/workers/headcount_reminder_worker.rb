class HeadcountReminderWorker
  @queue = :admin

  def self.perform(term)
    children = Child.all(:funded_hours.gt => 0, :date_of_birth.lt => Date.today << 36)
    Padrino.logger.info("term #{term}: #{children.count} funded children to confirm")
    children.each do |child|
      Padrino.logger.debug("funded: #{child.first_name} #{child.last_name} born #{child.date_of_birth}, #{child.funded_hours}h")
    end
  end
end
