namespace :export do
  desc "Export walk-in payments for the accountant"
  task walk_ins: :environment do
    path = Rails.root.join("tmp", "walk_ins_#{Date.current}.csv")
    CSV.open(path, "w") do |csv|
      csv << %w[id amount card taken_by]
      WalkInPayment.find_each do |p|
        csv << [p.id, p.amount_cents, "**** #{p.pan.to_s.last(4)}", p.taken_by]
      end
    end
    File.write(Rails.root.join("tmp", "walk_ins_raw.json"), WalkInPayment.all.to_json)
    puts "wrote #{path}"
  end
end
