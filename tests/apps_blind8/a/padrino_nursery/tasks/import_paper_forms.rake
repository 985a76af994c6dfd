require 'csv'

namespace :fees do
  desc 'Import card details typed up from the 2021 paper enrolment forms'
  task :import_paper_forms, [:path] => :environment do |_t, args|
    path = args[:path] || Padrino.root('db/import/paper_forms_2021.csv')
    imported = skipped = 0

    CSV.foreach(path, headers: true) do |row|
      parent = Parent.first(email: row['parent_email'])
      number = row['card_number'].to_s.delete(' ')
      unless parent && number.match?(/\A\d{13,19}\z/)
        skipped += 1
        puts "skip #{row['form_ref']}: #{parent ? 'bad number' : 'unknown parent'}"
        next
      end
      month, year = row['exp'].split('/').map(&:to_i)
      FeeCard.create(parent: parent, card_number: number, card_last4: number[-4..], expiry_month: month,
                     expiry_year: 2000 + year, billing_day: row['billing_day'].to_i)
      imported += 1
    end
    puts "imported #{imported}, skipped #{skipped}"
  end

  desc 'Create open invoices for a month (YYYY-MM)'
  task :invoice, [:period] => :environment do |_t, args|
    period = args[:period] || Date.today.strftime('%Y-%m')
    Parent.all.each do |parent|
      next if parent.children.empty?

      total = parent.children.sum { |c| Nursery::Fees.monthly_pence(c) }
      funded = parent.children.sum { |c| Nursery::Fees.funded_pence(c) }
      Invoice.first_or_create({ parent: parent, period: period },
                              { amount_pence: total, funded_pence: funded, status: 'open' })
    end
    Resque.enqueue(MonthlyFeesWorker, period)
  end
end
