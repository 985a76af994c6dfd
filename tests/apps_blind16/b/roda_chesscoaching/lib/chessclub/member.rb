module GambitClub
  Member = Struct.new(:id, :name, :email, :phone, :dob, :fide_id, :guardian_email, keyword_init: true) do
    def self.from_doc(doc)
      new(id: doc["_id"].to_s, name: doc["name"], email: doc["email"], phone: doc["phone"],
          dob: doc["dob"], fide_id: doc["fide_id"], guardian_email: doc["guardian_email"])
    end

    def junior?
      dob && (Date.today - Date.parse(dob)) < 18 * 365
    end
  end

  CardEntry = Struct.new(:number, :cvc, :expiry, keyword_init: true) do
    def last4
      number.to_s[-4..]
    end

    def inspect
      "#<CardEntry ****#{last4} #{expiry}>"
    end
    alias_method :to_s, :inspect
  end
end
