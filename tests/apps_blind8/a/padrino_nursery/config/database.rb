DataMapper.logger = logger
DataMapper::Property::String.length(255)

case Padrino.env
when :development then DataMapper.setup(:default, ENV.fetch('DATABASE_URL', 'postgres://localhost/little_acorns_dev'))
when :test        then DataMapper.setup(:default, 'postgres://localhost/little_acorns_test')
when :production  then DataMapper.setup(:default, ENV.fetch('DATABASE_URL'))
end
