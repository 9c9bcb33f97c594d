from tasscli.cli import main

main()
