Lockbox.master_key = ENV.fetch("LOCKBOX_MASTER_KEY")

module CardBox
  def self.box
    @box ||= Lockbox.new(key: Lockbox.attribute_key(table: "doorstep_payments", attribute: "card"))
  end
end
