	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 64(x30)
	ld x3, 56(x30)
	ld x4, 104(x30)
	ld x5, 112(x30)
	ld x6, 64(x30)
	ld x7, 96(x30)
	ld x8, 120(x30)
	ld x9, 184(x30)
	ld x10, 120(x30)
	ld x11, 8(x30)
	ld x12, 176(x30)
	ld x13, 176(x30)
	ld x14, 32(x30)
	ld x15, 8(x30)
	ld x16, 80(x30)
	ld x17, 128(x30)
	ld x18, 16(x30)
	ld x19, 24(x30)
	ld x20, 120(x30)
	ld x21, 120(x30)
	ld x22, 208(x30)
	ld x23, 96(x30)
	ld x24, 176(x30)
	ld x25, 112(x30)
	ld x26, 0(x30)
	ld x27, 48(x30)
	ld x28, 88(x30)
	ld x29, 64(x30)
	ld x30, 112(x30)
	la x30, dvals
	flw f0, 364(x30)
	fld f1, 176(x30)
	fld f2, 232(x30)
	fld f3, 144(x30)
	flw f4, 348(x30)
	fld f5, 216(x30)
	fld f6, 208(x30)
	fld f7, 120(x30)
	fld f8, 232(x30)
	flw f9, 328(x30)
	fld f10, 0(x30)
	fld f11, 232(x30)
	fld f12, 72(x30)
	fld f13, 56(x30)
	flw f14, 368(x30)
	fld f15, 64(x30)
	flw f16, 348(x30)
	fld f17, 320(x30)
	flw f18, 340(x30)
	flw f19, 324(x30)
	fld f20, 256(x30)
	fld f21, 168(x30)
	flw f22, 316(x30)
	fld f23, 56(x30)
	flw f24, 364(x30)
	fld f25, 184(x30)
	fld f26, 128(x30)
	flw f27, 320(x30)
	fld f28, 248(x30)
	fld f29, 216(x30)
	fld f30, 120(x30)
	flw f31, 320(x30)
	lbu x22, 799(x2)
	c.slli x18, 23
	remu x0, x28, x18
	la x30, dvals
	flw f6, 312(x30)
	fnmsub.s f2, f18, f13, f6, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	lwu x27, 1412(x2)
	lui x26, 5916
	sb x17, 1515(x31)
	lb x14, 1660(x2)
	lui x23, 524288
	div x18, x9, x4
	lhu x20, 1532(x2)
	jal x15, 1f
	srlw x20, x13, x3
1:
	divw x27, x13, x11
	srli x6, x5, 53
	slliw x3, x28, 31
	la x30, dvals
	fld f5, 528(x30)
	fcvt.wu.d x18, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, dvals
	fld f23, 400(x30)
	fadd.d f14, f13, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	lwu x22, 316(x2)
	c.mv x1, x28
	c.add x23, x1
	fnmsub.d f18, f19, f10, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sd x14, 1632(x31)
	la x30, dvals
	fld f30, 544(x30)
	fnmsub.d f29, f30, f30, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	remu x19, x7, x26
	mulw x4, x6, x26
	sra x12, x24, x20
	sd x10, 1408(x31)
	lwu x20, 1252(x2)
	lbu x5, 1476(x2)
	la x30, dvals
	flw f3, 620(x30)
	fnmsub.s f16, f4, f3, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	la x30, dvals
	flw f4, 360(x30)
	fsub.s f0, f4, f3, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	lh x11, 1780(x2)
	la x30, dvals
	flw f4, 668(x30)
	la x30, dvals
	flw f24, 352(x30)
	la x30, dvals
	flw f16, 612(x30)
	fnmsub.s f10, f4, f24, f16, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	fcvt.lu.d x17, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, dvals
	flw f23, 604(x30)
	fdiv.s f22, f23, f13, rne
	c.li x14, 19
	c.lui x14, 12
	add x24, x13, x11
	add x12, x26, x23
	remuw x10, x6, x12
	fcvt.wu.d x16, f5, rup
	fcvt.s.d f27, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	sllw x21, x21, x3
	andi x16, x9, 32
	srl x7, x0, x20
	sltiu x17, x17, -2
	addi x30, x31, 704
	amoxor.d.aq x19, x22, (x30)
	or x20, x24, x20
	la x30, dvals
	flw f16, 340(x30)
	fdiv.s f6, f13, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	fcvt.l.d x9, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	rem x14, x14, x28
	jal x16, 1f
	sra x8, x6, x21
1:
	divu x8, x0, x0
	slli x9, x7, 48
	srliw x4, x7, 31
	c.addi16sp sp, 32
	c.sdsp x20, 200(sp)
	mv sp, x31
	blt x0, x29, 1f
	slt x1, x28, x0
1:
	lwu x25, 1740(x2)
	fsrmi x15, 2
	addiw x23, x25, 2047
	la x30, dvals
	flw f18, 616(x30)
	fcvt.lu.s x17, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	and x12, x19, x10
	add x9, x13, x4
	bge x19, x25, 1f
	slt x3, x1, x0
	sub x24, x29, x0
1:
	fmv.x.w x14, f25
	subw x8, x8, x22
	la x30, dvals
	fld f31, 472(x30)
	fsqrt.d f10, f31, rmm
	fcvt.s.l f14, x19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	c.addi x11, 1
	c.addiw x11, -1
	fcvt.s.d f11, f6, rup
	auipc x28, 524288
	and x24, x1, x27
	la x30, 1f
	jalr x29, 1(x30)
	or x24, x20, x19
1:
	addi x20, x14, 0
	and x27, x16, x13
	mulhu x19, x29, x4
	remw x7, x29, x26
	subw x22, x18, x0
	sw x10, 1553(x31)
	la x30, 1f
	jalr x29, 1(x30)
	sra x27, x5, x19
1:
	sub x24, x22, x7
	mulhsu x3, x23, x28
	la x30, 1f
	jalr x8, 0(x30)
	sra x24, x6, x10
1:
	addi x30, x31, 672
	lr.d.rl x14, (x30)
	or x28, x12, x22
	addi x30, x30, 8
	sc.d.rl x11, x8, (x30)
	sc.d x11, x16, (x30)
	la x30, dvals
	flw f23, 608(x30)
	la x30, dvals
	flw f16, 680(x30)
	la x30, dvals
	flw f23, 280(x30)
	fnmadd.s f18, f23, f16, f23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	lw x21, 228(x31)
	slt x8, x1, x15
	mv x11, x31
	c.fsd f15, 248(x11)
	slli x27, x10, 21
	sraiw x19, x4, 0
	c.fldsp f21, 168(sp)
	sra x29, x1, x17
	fcvt.s.lu f14, x5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	addi x1, x12, 824
	subw x25, x6, x1
	fcvt.d.lu f18, x27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	mulh x15, x5, x16
	la x30, dvals
	flw f3, 648(x30)
	fadd.s f5, f8, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	la x30, 1f
	c.jr x30
	sllw x27, x16, x29
1:
	la x30, dvals
	flw f16, 644(x30)
	la x30, dvals
	flw f14, 304(x30)
	fdiv.s f10, f16, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	andi x21, x9, 32
	la x30, dvals
	fld f26, 560(x30)
	la x30, dvals
	fld f31, 480(x30)
	fdiv.d f10, f26, f31, rup
	c.li x19, -9
	c.lui x19, 30
	fcvt.l.d x3, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	addw x11, x21, x0
	bgeu x10, x15, 1f
	addw x16, x9, x18
	subw x8, x18, x20
1:
	la x30, dvals
	flw f13, 392(x30)
	fdiv.s f4, f13, f13, rtz
	mv x11, x31
	c.sd x8, 0(x11)
	subw x13, x18, x24
	sltiu x20, x28, 2047
	la x30, dvals
	flw f2, 396(x30)
	fadd.s f0, f2, f27, rdn
	la x30, dvals
	fld f29, 504(x30)
	la x30, dvals
	fld f24, 400(x30)
	fsub.d f26, f29, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	mulhsu x0, x27, x3
	c.fldsp f28, 120(sp)
	jal x0, 1f
	subw x25, x5, x19
1:
	la x30, dvals
	flw f28, 660(x30)
	la x30, dvals
	flw f0, 336(x30)
	fdiv.s f2, f28, f0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	la x30, dvals
	flw f0, 684(x30)
	la x30, dvals
	flw f25, 328(x30)
	fdiv.s f1, f0, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	fcvt.s.l f7, x22, rdn
	c.mv x22, x3
	c.add x12, x22
	div x0, x15, x10
	la x30, dvals
	flw f11, 676(x30)
	la x30, dvals
	flw f0, 676(x30)
	fsub.s f27, f11, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	auipc x28, 0
	la x30, dvals
	fld f7, 104(x30)
	la x30, dvals
	fld f14, 152(x30)
	fmul.d f6, f7, f14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	slti x15, x6, -1
	blt x12, x28, 1f
	sra x17, x3, x0
1:
	la x30, dvals
	flw f8, 600(x30)
	la x30, dvals
	flw f9, 640(x30)
	fsgnjx.s f27, f8, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	beq x18, x18, 1f
	sra x12, x14, x17
1:
	fmv.x.w x7, f0
	sraw x11, x6, x9
	srl x6, x15, x10
	lwu x7, 440(x31)
	la x30, dvals
	flw f7, 640(x30)
	fnmadd.s f12, f7, f2, f18, dyn
	la x30, dvals
	flw f26, 668(x30)
	fnmsub.s f11, f31, f26, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	sraw x17, x9, x14
	addi x7, x1, 32
	mv x12, x31
	c.ld x14, 176(x12)
	la x30, dvals
	fld f22, 264(x30)
	fsqrt.d f30, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	addi x30, x31, 960
	amoand.d.aqrl x22, x12, (x30)
	addi x26, x25, 969
	lh x5, 1612(x2)
	lwu x6, 1720(x31)
	la x30, dvals
	flw f30, 672(x30)
	fdiv.s f12, f30, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	rem x23, x14, x13
	c.addi4spn x13, sp, 736
	sra x24, x21, x6
	jal x7, 1f
	srlw x20, x6, x25
1:
	la x30, dvals
	fld f5, 144(x30)
	fclass.d x29, f5
	mv x8, x31
	c.lw x9, 48(x8)
	bltu x0, x21, 1f
	sll x9, x15, x16
	sll x17, x26, x25
1:
	remuw x16, x7, x22
	la x30, dvals
	flw f1, 312(x30)
	la x30, dvals
	flw f27, 336(x30)
	la x30, dvals
	flw f5, 352(x30)
	fmadd.s f0, f1, f27, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	lui x25, 998045
	lh x8, 1794(x2)
	fsgnjx.d f12, f14, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	remw x10, x14, x21
	slti x6, x18, 64
	la x30, dvals
	flw f23, 680(x30)
	fmadd.s f24, f23, f28, f18, rtz
	addiw x3, x5, 63
	lbu x0, 1634(x2)
	la x30, dvals
	fld f9, 120(x30)
	fdiv.d f22, f9, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	sw x14, 1426(x31)
	la x30, dvals
	fld f5, 544(x30)
	fclass.d x9, f5
	c.li x12, -21
	c.lui x12, 29
	addi x30, x31, 80
	lr.w.aq x29, (x30)
	sllw x14, x15, x5
	sc.w.aq x24, x24, (x30)
	sc.w x15, x13, (x30)
	ori x22, x29, -2048
	remw x25, x3, x21
	rem x26, x17, x11
	addi x30, x31, 1264
	amominu.d x13, x24, (x30)
	fcvt.l.d x13, f30, rtz
	c.li x29, -25
	c.lui x29, 31
	fcvt.wu.s x17, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	fmv.x.d x21, f10
	mulh x12, x3, x13
	la x30, dvals
	fld f3, 456(x30)
	fsub.d f15, f3, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	auipc x9, 524287
	mulh x9, x27, x19
	bge x5, x27, 1f
	xor x19, x28, x8
1:
	subw x20, x6, x29
	fld f5, 1112(x31)
	bge x20, x16, 1f
	sltu x22, x25, x11
	sra x21, x23, x13
1:
	fcvt.s.d f31, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	fsub.d f29, f19, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	mulh x10, x21, x16
	lhu x27, 110(x31)
	divuw x9, x7, x22
	sw x18, 1496(x31)
	remw x16, x15, x25
	fcvt.s.lu f4, x24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	slti x15, x16, 1
	la x30, dvals
	fld f7, 488(x30)
	la x30, dvals
	fld f15, 424(x30)
	fadd.d f4, f7, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	sh x20, 1216(x31)
	divw x3, x3, x13
	sraw x14, x16, x8
	addi x29, x11, 2047
	addiw x17, x28, -2048
	srli x0, x23, 1
	sraiw x27, x12, 31
	lwu x1, 312(x31)
	andi x7, x22, 2047
	sw x25, 1208(x31)
	sra x4, x24, x15
	fcvt.s.d f9, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	slli x23, x1, 31
	sraiw x24, x4, 17
	la x30, dvals
	fld f3, 496(x30)
	fle.d x5, f3, f13
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	flw f17, 352(x30)
	fmadd.s f22, f1, f2, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	sb x18, 410(x31)
	c.mv x16, x15
	c.add x5, x16
	fdiv.d f3, f16, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	mul x6, x20, x16
	mul x24, x13, x11
	fcvt.d.l f26, x14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	fld f14, 456(x30)
	fsub.d f25, f14, f7, dyn
	lhu x25, 1338(x2)
	la x30, dvals
	flw f28, 380(x30)
	fsub.s f0, f28, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	sub x28, x10, x13
	mulh x19, x24, x15
	divu x9, x26, x11
	fcvt.l.d x27, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	addi x30, x31, 1072
	amoadd.w x10, x28, (x30)
	fmv.x.d x7, f6
	sb x3, 1475(x31)
	fsgnjn.d f1, f3, f12
	addiw x11, x17, 2040
	srli x26, x8, 1
	sraiw x1, x25, 31
	addi x30, x31, 1432
	amoxor.w.rl x9, x28, (x30)
	addi x30, x31, 1424
	amomaxu.w.aqrl x11, x6, (x30)
	slti x7, x13, 64
	slti x0, x1, 63
	srai x17, x6, 14
	srliw x14, x27, 1
	la x30, dvals
	flw f6, 292(x30)
	la x30, dvals
	flw f1, 668(x30)
	fmadd.s f4, f6, f26, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	or x3, x19, x23
	csrrs x17, fflags, x0
	bltu x3, x26, 1f
	sraw x0, x3, x28
1:
	la x30, dvals
	flw f5, 684(x30)
	la x30, dvals
	flw f31, 292(x30)
	fnmsub.s f19, f5, f28, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	fsflags x16, x1
	or x8, x0, x18
	la x30, 1f
	jalr x27, 0(x30)
	sub x18, x11, x12
1:
	bgeu x4, x20, 1f
	sltu x12, x14, x17
	add x16, x29, x12
1:
	lwu x4, 1604(x2)
	lb x25, 1341(x31)
	andi x24, x0, -1
	la x30, dvals
	fld f21, 536(x30)
	la x30, dvals
	fld f31, 48(x30)
	la x30, dvals
	fld f0, 560(x30)
	fnmsub.d f30, f21, f31, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	flw f0, 660(x30)
	la x30, dvals
	flw f2, 372(x30)
	fnmsub.s f8, f22, f0, f2, rdn
	lhu x24, 824(x31)
	fcvt.d.lu f8, x12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	fdiv.s f16, f19, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	slti x26, x5, -2
	la x30, dvals
	fld f1, 520(x30)
	fadd.d f7, f1, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	sltiu x6, x24, -1
	fmul.s f20, f11, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	la x30, 1f
	jalr x19, 0(x30)
	and x20, x24, x3
1:
	fsqrt.s f12, f25, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	la x30, dvals
	fld f24, 160(x30)
	fle.d x20, f24, f5
	la x30, dvals
	flw f22, 328(x30)
	la x30, dvals
	flw f8, 604(x30)
	fmul.s f29, f22, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	lbu x8, 1083(x2)
	la x30, dvals
	fld f12, 256(x30)
	fsub.d f12, f15, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	div x19, x22, x13
	srai x27, x12, 0
	slliw x24, x27, 0
	beq x9, x4, 1f
	sub x16, x4, x12
	sllw x3, x23, x0
1:
	sra x29, x15, x15
	sb x9, 1461(x31)
	fcvt.d.l f22, x15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	bne x10, x0, 1f
	sub x15, x6, x25
	sll x24, x19, x27
1:
	la x30, dvals
	flw f20, 640(x30)
	fcvt.l.s x9, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	srli x0, x15, 31
	slliw x23, x0, 1
	c.addi16sp sp, 352
	c.sdsp x24, 224(sp)
	mv sp, x31
	mulw x21, x19, x15
	addiw x21, x9, 0
	srlw x29, x14, x16
	mul x8, x15, x4
	mulhsu x12, x25, x4
	slli x13, x13, 32
	srliw x13, x13, 31
	c.addi16sp sp, 32
	c.sdsp x29, 184(sp)
	mv sp, x31
	div x23, x6, x25
	auipc x1, 673036
	la x30, dvals
	fld f21, 208(x30)
	fdiv.d f18, f21, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	fdiv.s f24, f3, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	bge x22, x3, 1f
	sraw x0, x5, x18
	srlw x8, x1, x26
1:
	sll x24, x9, x16
	c.li x4, -26
	c.lui x4, 18
	ori x1, x27, -2048
	srl x7, x7, x20
	la x30, dvals
	fld f26, 144(x30)
	la x30, dvals
	fld f25, 152(x30)
	fdiv.d f31, f26, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f30, 520(x30)
	fsub.d f0, f30, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	fsub.s f3, f25, f30, rmm
	bne x18, x16, 1f
	xor x27, x3, x9
1:
	la x30, dvals
	fld f12, 104(x30)
	la x30, dvals
	fld f23, 496(x30)
	flt.d x1, f12, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	fdiv.s f30, f10, f4, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	addi x30, x31, 1160
	amominu.d.aqrl x15, x12, (x30)
	fcvt.w.s x22, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	srli x16, x18, 63
	srliw x15, x17, 1
	slli x11, x25, 63
	slliw x5, x23, 2
	lh x20, 1207(x31)
	la x30, dvals
	flw f14, 652(x30)
	la x30, dvals
	flw f4, 620(x30)
	fadd.s f17, f14, f4, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	auipc x27, 907137
	mulw x27, x17, x19
	remu x23, x27, x13
	sra x24, x26, x19
	beq x23, x15, 1f
	add x13, x7, x28
	sllw x22, x19, x14
1:
	slli x10, x10, 35
	slliw x10, x6, 11
	la x30, dvals
	flw f1, 392(x30)
	la x30, dvals
	flw f31, 308(x30)
	fdiv.s f16, f1, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	addi x30, x31, 96
	lr.w.aq x1, (x30)
	sraw x0, x7, x17
	addi x30, x30, 8
	sc.w.aq x12, x15, (x30)
	slli x8, x23, 31
	sraiw x19, x27, 1
	srai x3, x11, 32
	slliw x14, x21, 28
	ld x25, 1431(x2)
	sraw x3, x7, x27
	ori x7, x5, 0
	ld x9, 1656(x31)
	la x30, dvals
	fld f2, 488(x30)
	la x30, dvals
	fld f29, 88(x30)
	fmin.d f16, f2, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	ori x24, x10, -1
	addi x30, x31, 1544
	amoswap.d x20, x15, (x30)
	mulw x23, x16, x14
	fcvt.s.w f11, x18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	srai x9, x5, 32
	srliw x4, x28, 1
	blt x9, x14, 1f
	subw x0, x13, x28
	or x7, x8, x11
1:
	lb x5, 52(x2)
	lwu x1, 1228(x2)
	rem x19, x15, x26
	la x30, dvals
	flw f7, 596(x30)
	la x30, dvals
	flw f3, 292(x30)
	fsgnj.s f15, f7, f3
	la x30, dvals
	fld f31, 32(x30)
	fdiv.d f19, f18, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	sltu x3, x9, x17
	sra x24, x22, x7
	la x30, dvals
	flw f23, 392(x30)
	fclass.s x27, f23
	ori x0, x8, 2047
	la x30, dvals
	flw f1, 592(x30)
	fcvt.l.s x11, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	or x0, x26, x21
	sh x12, 944(x31)
	la x30, dvals
	fld f26, 568(x30)
	fmin.d f14, f31, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	addi x30, x31, 1384
	lr.d.aq x10, (x30)
	sll x3, x16, x26
	sc.d.aq x16, x12, (x30)
	mulh x4, x22, x11
	lbu x20, 1392(x2)
	c.beqz x14, 1f
	subw x15, x20, x29
1:
	xor x3, x28, x22
	mv x13, x31
	c.ld x13, 24(x13)
	la x30, dvals
	fld f16, 248(x30)
	la x30, dvals
	fld f19, 232(x30)
	fmadd.d f19, f20, f16, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	addiw x12, x17, 1560
	fsub.s f9, f19, f16, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	xor x15, x3, x0
	addi x30, x31, 568
	lr.d.aqrl x8, (x30)
	sc.d.aqrl x4, x27, (x30)
	addi x28, x20, 31
	la x30, dvals
	fld f10, 272(x30)
	la x30, dvals
	fld f5, 480(x30)
	fsgnj.d f4, f10, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	sltu x21, x22, x5
	la x30, dvals
	flw f1, 364(x30)
	fcvt.wu.s x1, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	lh x17, 1890(x2)
	mulhsu x7, x29, x13
	srli x23, x24, 31
	srliw x16, x29, 20
	sllw x24, x0, x25
	mv x11, x31
	c.lw x13, 12(x11)
	la x30, dvals
	flw f31, 356(x30)
	fcvt.d.s f16, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	addi x30, x31, 1056
	amoand.w.aq x5, x7, (x30)
	addi x30, x31, 1784
	lr.w.rl x28, (x30)
	sc.w.rl x25, x17, (x30)
	c.addi16sp sp, 432
	c.sdsp x29, 56(sp)
	mv sp, x31
	auipc x18, 0
	sll x4, x13, x23
	sb x14, 218(x31)
	fsgnj.s f11, f11, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	bltu x0, x25, 1f
	sra x15, x21, x8
1:
	addi x30, x31, 920
	amoor.w.aqrl x8, x21, (x30)
	xori x0, x24, 2047
	la x30, dvals
	fld f7, 8(x30)
	la x30, dvals
	fld f8, 472(x30)
	fmsub.d f15, f3, f7, f8, rdn
	la x30, dvals
	fld f26, 432(x30)
	la x30, dvals
	fld f22, 560(x30)
	fsub.d f27, f26, f22, dyn
	lw x29, 1203(x2)
	subw x10, x20, x19
	remw x3, x7, x20
	c.or x9, x13
	la x30, dvals
	fld f16, 408(x30)
	fclass.d x21, f16
	la x30, dvals
	fld f8, 448(x30)
	fcvt.wu.d x7, f8, rup
	addi x17, x7, 31
	la x30, dvals
	flw f17, 300(x30)
	la x30, dvals
	flw f24, 292(x30)
	la x30, dvals
	flw f15, 604(x30)
	fnmsub.s f4, f17, f24, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	ld x28, 640(x31)
	lhu x3, 1378(x2)
	divuw x4, x11, x14
	lb x21, 908(x31)
	bge x22, x22, 1f
	sra x22, x11, x20
	sllw x6, x24, x19
1:
	divw x29, x19, x7
	srli x0, x16, 33
	srliw x18, x28, 0
	mv x10, x31
	c.lw x14, 28(x10)
	or x9, x10, x10
	mul x8, x11, x22
	c.fsdsp f22, 272(sp)
	sd x19, 1313(x31)
	divu x24, x22, x28
	beq x24, x14, 1f
	add x0, x11, x18
	sltu x27, x8, x25
1:
	add x0, x29, x21
	la x30, dvals
	flw f3, 288(x30)
	la x30, dvals
	flw f5, 396(x30)
	fdiv.s f27, f3, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	c.beqz x13, 1f
	srl x14, x1, x8
1:
	sd x13, 1616(x31)
	la x30, dvals
	fld f21, 456(x30)
	fcvt.lu.d x7, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	mulw x13, x8, x10
	bne x3, x20, 1f
	addw x24, x18, x9
	add x28, x16, x19
1:
	xori x8, x0, -2048
	remu x25, x10, x10
	la x30, dvals
	fld f27, 504(x30)
	la x30, dvals
	fld f5, 248(x30)
	fmul.d f6, f27, f5, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	remu x20, x23, x8
	la x30, dvals
	fld f17, 8(x30)
	la x30, dvals
	fld f11, 224(x30)
	la x30, dvals
	fld f2, 176(x30)
	fnmsub.d f10, f17, f11, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	c.addi x27, -1
	c.addiw x27, -1
	la x30, dvals
	flw f23, 624(x30)
	fsqrt.s f4, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	sraw x29, x24, x5
	ori x20, x0, 64
	mulw x23, x6, x24
	sltu x19, x13, x12
	la x30, dvals
	flw f9, 628(x30)
	fmadd.s f22, f28, f22, f9, rmm
	srli x3, x18, 31
	slliw x0, x26, 0
	lbu x16, 821(x2)
	la x30, dvals
	flw f5, 624(x30)
	fclass.s x25, f5
	addw x1, x23, x1
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0xf3a2c6c0c428fcdd
	.dword 0xadd51184f35758b6
	.dword 0x1073065667863f4a
	.dword 0xad8ac0dd47b258b5
	.dword 0x983b2207730c3b7a
	.dword 0x7803282bbdce93a8
	.dword 0x98cf2ad5cf2337ff
	.dword 0x924ce131c3320684
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbe6a547bcbe9def9
	.dword 0xc0714c3385c8e8a0
	.dword 0x407643167202d8dc
	.dword 0xc0514074cb562b43
	.dword 0x3ed46418e8f11373
	.dword 0xbe19236b3e2ab119
	.dword 0x3e20ed056309dc25
	.dword 0x3fc290003ee20f79
	.dword 0xbf4dd1eb24b59edb
	.dword 0x41943e69ac568575
	.dword 0x40abc2437478d002
	.dword 0xbe38334db878a6cd
	.dword 0xc1e768d3759f286d
	.dword 0xc1e634a8feb3dee1
	.dword 0x83298d8588e7d941
	.dword 0xffef56a57cad1c48
	.dword 0x7feb84bd6bca86fb
	.dword 0x83226f756d26974b
	.dword 0xc3e5e4c71b419191
	.dword 0xc331cda7fd2467c5
	.dword 0x003703fd890018d1
	.dword 0xc33115943cfbb975
	.dword 0x80150a1967cb5ada
	.dword 0x032f83b20acab08e
	.word 0xbb6adbda
	.word 0xbefcfadc
	.word 0xc157f9d2
	.word 0xbfbc9910
	.word 0x413b37bc
	.word 0x42d2225b
	.word 0x410c076f
	.word 0xc56d645b
	.word 0x41861445
	.word 0x42892394
	.word 0xc2112136
	.word 0xc444821b
	.word 0x4f5bf978
	.word 0x7f1ebd20
	.word 0x8054cac5
	.word 0x12a19e3
	.word 0xc0399
	.word 0x4f001906
	.word 0x4b09dec2
	.word 0x1506ee3
	.word 0x806f4a17
	.word 0x7bff72
	.word 0xfecd9c67
	.word 0xff6c1c47
	.balign 16
scratch:
	.word 0x70f4ccd5
	.word 0xc4ad1422
	.word 0xa30581f6
	.word 0x7452450b
	.word 0xa2945532
	.word 0x2e72244b
	.word 0x359557f6
	.word 0x7210d023
	.word 0x6a840109
	.word 0xbe0fdf3b
	.word 0xf8fb242f
	.word 0x13afc810
	.word 0xbf1a1586
	.word 0x48ffc133
	.word 0xabe6d2bf
	.word 0x47904687
	.word 0xa750a5c7
	.word 0xceeb9a53
	.word 0x99534e3
	.word 0x4e296f87
	.word 0x18ee730b
	.word 0x76071cc
	.word 0x22675960
	.word 0xe02c8565
	.word 0x6083b985
	.word 0xe1d159dc
	.word 0x97bd2989
	.word 0x630e092f
	.word 0xe75cbf7a
	.word 0x66cb2343
	.word 0x56cb0052
	.word 0xeeea3d72
	.word 0x81c113d0
	.word 0xd4d303ad
	.word 0x2079c63e
	.word 0xf7f4641
	.word 0x1155a6da
	.word 0x145837bd
	.word 0x475c43aa
	.word 0x2a05e3fe
	.word 0x593770a3
	.word 0x534a2d72
	.word 0xca68a600
	.word 0xbb1e3d4
	.word 0xcea47e11
	.word 0x6da9aae2
	.word 0x464d1598
	.word 0x7b329b07
	.word 0x221f8aee
	.word 0xbb064aaf
	.word 0x3821e346
	.word 0x8d6d0d22
	.word 0xb5e23386
	.word 0x81c3c3af
	.word 0xcf7db1f4
	.word 0x5122a7f5
	.word 0xbe5ca67b
	.word 0x78e9b572
	.word 0x86bd9871
	.word 0x83c7f7a8
	.word 0xdb6bef11
	.word 0x77ba16f5
	.word 0x99f124a7
	.word 0x11d6d8b5
	.word 0x92c3a775
	.word 0x2383f803
	.word 0xccf57e02
	.word 0x594fc98
	.word 0xdaf182fb
	.word 0xbf7c622c
	.word 0x54068db0
	.word 0x33a92268
	.word 0xeb611ada
	.word 0xcf7de627
	.word 0x49ec09b
	.word 0x4d34157d
	.word 0x3ce184b0
	.word 0x8287d3eb
	.word 0x67ab7d56
	.word 0x8369396
	.word 0x92c3e834
	.word 0x1766e516
	.word 0xb34c5e74
	.word 0x28da8495
	.word 0x714b0e91
	.word 0x3bdfd7d
	.word 0x3e526df4
	.word 0xe765442
	.word 0x5b30b19d
	.word 0xed65d49c
	.word 0xa9399387
	.word 0xf26efa43
	.word 0x89f716d0
	.word 0xe894b86
	.word 0xd8ca973a
	.word 0xcf9fd7ac
	.word 0x9823ee39
	.word 0x597325ab
	.word 0x850d3248
	.word 0x4bc05eaa
	.word 0x42b2eaa0
	.word 0xe33a4f33
	.word 0xf15331fd
	.word 0x7af7932b
	.word 0x9ac45b22
	.word 0x25a26db2
	.word 0x6a972eb8
	.word 0x674d4a18
	.word 0xfcb8eff
	.word 0xbc9e6f55
	.word 0x5fea0a0f
	.word 0xcbd74e1a
	.word 0x6097fd10
	.word 0x7983e3ca
	.word 0xbaae87d7
	.word 0x20de0d5d
	.word 0xcfce6107
	.word 0x7e3e9ef0
	.word 0x11f9c800
	.word 0x37c253fc
	.word 0xca004962
	.word 0xa6a17674
	.word 0x8599fa23
	.word 0xe1652eed
	.word 0xd3ad3a91
	.word 0xeb1b3d2e
	.word 0x1b69d551
	.word 0x19bf53b0
	.word 0x8aec60d4
	.word 0xd82a964f
	.word 0xd68554fe
	.word 0xff4ff493
	.word 0x3a6f1bdd
	.word 0xfb8e3db7
	.word 0xbb20b6cb
	.word 0x12c986d7
	.word 0x607d8c1e
	.word 0xee3ab8c1
	.word 0x9d7a4e50
	.word 0x42b4a508
	.word 0x14ac0e42
	.word 0x39e49af0
	.word 0xfde33a0d
	.word 0xcef83cdc
	.word 0xe518d5cd
	.word 0xb8049bd
	.word 0x544af426
	.word 0x53081961
	.word 0x54a63f13
	.word 0xfbc6c091
	.word 0x594ade1b
	.word 0x53be54bf
	.word 0xbc16fd4b
	.word 0x144a3e14
	.word 0x229a6dd0
	.word 0x8b2b1240
	.word 0xc50fb8d1
	.word 0x70a5babb
	.word 0x39a59102
	.word 0xfb370cc0
	.word 0x4f4f3377
	.word 0x8d117b07
	.word 0xec488ddf
	.word 0x439177e6
	.word 0xc0ddab50
	.word 0xc345a0eb
	.word 0x9c4793a7
	.word 0xa85bd37e
	.word 0x94bb36e4
	.word 0xbe9e3537
	.word 0x7f25cc4b
	.word 0x13352cbd
	.word 0x62f82a6c
	.word 0x9106af76
	.word 0xd9e1ed42
	.word 0x6d7233a6
	.word 0x4bda2285
	.word 0xfeda2d40
	.word 0xd53c6fd9
	.word 0x402b14fa
	.word 0x743cf1a0
	.word 0xab181024
	.word 0x8a8451ea
	.word 0x179b2776
	.word 0x1dce074c
	.word 0x79dad23f
	.word 0x50395dd1
	.word 0xbeb4210
	.word 0x16870b44
	.word 0xa11e6d3
	.word 0xefb82b76
	.word 0xb0055dbd
	.word 0x6decfce4
	.word 0xbc70be5c
	.word 0xdcd61ba1
	.word 0xebe4ba70
	.word 0xe9fa0085
	.word 0x94b47a70
	.word 0x64b4862d
	.word 0x7a5adeb5
	.word 0x1001a013
	.word 0xa4799052
	.word 0x5800f60b
	.word 0x9ef7180b
	.word 0xc33e98f0
	.word 0x14328ce0
	.word 0xf07b68d7
	.word 0x31590a87
	.word 0x1135b2e3
	.word 0x4a59abb7
	.word 0x9ac1f020
	.word 0x3c71ea02
	.word 0x2704f9da
	.word 0xbfc35d65
	.word 0x599d7d12
	.word 0x31d787ad
	.word 0xe56aa0bc
	.word 0x9ed27842
	.word 0xea90454f
	.word 0xa5035e33
	.word 0x166e7371
	.word 0xd807d151
	.word 0x6791e8a7
	.word 0xa219945
	.word 0x182d9de1
	.word 0xd9aced09
	.word 0xc5b00eef
	.word 0x49dc17f9
	.word 0xaf491f68
	.word 0x182f7e7a
	.word 0xbe8f4ca
	.word 0xbb467032
	.word 0xdd4158d2
	.word 0x3d371c1f
	.word 0x826fbe5
	.word 0x3c1c3948
	.word 0xdd99fe92
	.word 0xab323957
	.word 0x6f0d443b
	.word 0x36c2b83e
	.word 0x596c535c
	.word 0xb3f0e13f
	.word 0x553d8c54
	.word 0x7258bfef
	.word 0xd108ca9d
	.word 0xc33ad8b0
	.word 0x9dbe0066
	.word 0xebef395f
	.word 0x945f389d
	.word 0x1ad8865b
	.word 0x486f8912
	.word 0x90ff2334
	.word 0xe7aab678
	.word 0x9dd8378a
	.word 0xfe0e79de
	.word 0x178189c4
	.word 0xf19a4998
	.word 0xad8bac4c
	.word 0xd84a49ed
	.word 0xbf838b96
	.word 0x10d4b12e
	.word 0x58d77896
	.word 0x4f798df4
	.word 0xa6216077
	.word 0xcfd76960
	.word 0x7d947bbd
	.word 0xae97fb4c
	.word 0x6e3425d3
	.word 0xbb482214
	.word 0x5e554fb1
	.word 0x3c19860
	.word 0x297d80c6
	.word 0xb5c482f4
	.word 0x96d81719
	.word 0x1354dd84
	.word 0x94672736
	.word 0x60ba31b6
	.word 0xf710bcf0
	.word 0xf1575a57
	.word 0x59ab5c79
	.word 0x76a8c80b
	.word 0x9a9a643f
	.word 0x15a00911
	.word 0x84c64950
	.word 0xf0619b66
	.word 0xa2aa66e0
	.word 0x20b42abb
	.word 0x1980110a
	.word 0x6f8ac79a
	.word 0xd84a18e6
	.word 0xf1843ced
	.word 0xb52d5bc1
	.word 0xd4fbe98b
	.word 0x909170ae
	.word 0x6e19126c
	.word 0xc6c23c86
	.word 0xab0539cf
	.word 0x8ba725f1
	.word 0x8c3f7ddd
	.word 0x13196fff
	.word 0xe234810c
	.word 0x30b238c6
	.word 0x82f2a173
	.word 0xd49e9bd
	.word 0x3fb461c2
	.word 0xc2037884
	.word 0xf666fad
	.word 0x90e67264
	.word 0x8bf17b11
	.word 0x36f22258
	.word 0x259a7b84
	.word 0x37b310d1
	.word 0xe08a5aa5
	.word 0xd00b460a
	.word 0xa181178f
	.word 0xed6670d7
	.word 0x4cecac49
	.word 0xf5d9ff9b
	.word 0x8f75ab4e
	.word 0x7992be40
	.word 0xe50f84cd
	.word 0xa753eec6
	.word 0x8be333e3
	.word 0x5e7b80ac
	.word 0xe3ace4fb
	.word 0x9944d722
	.word 0x77b248b2
	.word 0xea26ebe0
	.word 0xdc04f9ed
	.word 0x24167651
	.word 0xb15844df
	.word 0x81bcfffe
	.word 0xd6252b3f
	.word 0x1b1ca15e
	.word 0x69d3fe65
	.word 0xd5f5f82a
	.word 0x34e12712
	.word 0x106e8d73
	.word 0xf9d13ff3
	.word 0x1bc92c64
	.word 0xf6f3db86
	.word 0x3de8f5a7
	.word 0x48dc8529
	.word 0xd740ebb5
	.word 0x8cf3fb6e
	.word 0x80561681
	.word 0x1244ef82
	.word 0x7929e358
	.word 0xed1afed9
	.word 0xeaf17099
	.word 0x58a46fe8
	.word 0x7e79adc4
	.word 0x33e00ca4
	.word 0x7ce6265e
	.word 0xbd9af348
	.word 0x9d83d491
	.word 0x5216439
	.word 0x1d6c4daa
	.word 0xff1bf06
	.word 0x3a3d02ce
	.word 0xd6f5707c
	.word 0x67a34c21
	.word 0xcaca0d72
	.word 0xe7e510c0
	.word 0xfa5b75fe
	.word 0x87b0e0c
	.word 0x5eede0f1
	.word 0xbc858088
	.word 0x9e045e82
	.word 0xaf569968
	.word 0xf30f4df5
	.word 0x4c8df50d
	.word 0xb7a9af7b
	.word 0xca974558
	.word 0x65b6dc86
	.word 0x7aee3135
	.word 0x25d12571
	.word 0x2e9fbc0e
	.word 0xfadc00a1
	.word 0x23cba565
	.word 0xbb82f416
	.word 0x45089456
	.word 0xa7cd8d77
	.word 0xda0fae86
	.word 0xd4305449
	.word 0x99a79b5
	.word 0x9333a683
	.word 0x1b951b32
	.word 0xa693ee2b
	.word 0xb18a9380
	.word 0x9ca6addd
	.word 0x6ab80333
	.word 0x31149ddc
	.word 0xf746ddeb
	.word 0xb38ed956
	.word 0x7c218d84
	.word 0xffb442cc
	.word 0x8a52de7a
	.word 0xe2232034
	.word 0x429987e6
	.word 0x3ecaa454
	.word 0x22423ff4
	.word 0xd22d286a
	.word 0x932a2cba
	.word 0x11dfb64
	.word 0x7055afdc
	.word 0x7067ec6b
	.word 0x30b3995e
	.word 0x30976ad2
	.word 0x6465c2b4
	.word 0x5a56b90d
	.word 0x239ca976
	.word 0x60f477cf
	.word 0x2fb1f9e9
	.word 0x116e44f
	.word 0x6e723a80
	.word 0xd67ec31
	.word 0xecd73c61
	.word 0x6038204c
	.word 0xe203d8d4
	.word 0xba3b9f58
	.word 0xf3cf8db0
	.word 0x4d481d0c
	.word 0x93def578
	.word 0xe34babc0
	.word 0x504ffbf9
	.word 0x49210041
	.word 0x4c0b8e75
	.word 0x85632277
	.word 0xc49beec1
	.word 0x9131de60
	.word 0xf54ce8de
	.word 0x62b48255
	.word 0xad353e6a
	.word 0x55f719d6
	.word 0x6f7dd4b0
	.word 0x689c76e5
	.word 0x2e541d65
	.word 0x12e598b9
	.word 0x9fafe040
	.word 0x175de3f3
	.word 0xcf591a22
	.word 0x6fb8a9ac
	.word 0x2b2f89aa
	.word 0x994e3047
	.word 0xb7990364
	.word 0x694cdb5e
	.word 0xb6cb2bed
	.word 0xa56aa4f6
	.word 0xcf779d8c
	.word 0xa4067e0f
	.word 0x1332d66c
	.word 0x761120f3
	.word 0x13e25774
	.word 0x789385b2
	.word 0xc9df5a0
	.word 0xf71c3a34
	.word 0x7b0ac139
	.word 0x4693e54f
	.word 0x7d791212
	.word 0xb854cc6f
	.word 0x1afeace3
	.word 0x2337c112
	.word 0xb9a87f98
	.word 0x7d3fb215
	.word 0xe4d7a2cb
	.word 0x1579b0c
	.word 0xb4fa20f7
	.word 0xec73a825
	.word 0xb79fd75e
	.word 0xe3f20d64
	.word 0xe985552b
	.word 0x272283db
	.word 0x9c62d697
	.word 0x10baec2f
	.word 0xeada7cb0
	.word 0xcc9ecd6
	.word 0x1b35bb9f
	.word 0x2487ba3c
	.word 0xabca285c
	.word 0x36fa38bc
	.word 0x4c5d890a
	.word 0x52ea4134
	.word 0x43554612
	.word 0x997908f9
	.word 0xb4a8ed8a
	.word 0x8a26d9c6
	.word 0x72d81869
	.word 0x4b7510e3
	.word 0xc4498eb7
	.word 0x467d9b78
	.word 0x574edfd1
	.word 0x1a2388eb
	.word 0xce573f4
	.word 0xf1eff599
	.word 0xe4c694d7
	.word 0xfdd190d9
	.word 0x369030bc
	.word 0x2072b71f
	.word 0xa4bce6b7
	.word 0x35294ac2
	.word 0x92519bba
	.word 0x85f7ee09
	.word 0x7ee8b052
	.word 0x74ba4043
	.word 0xaaf5fd5a
	.word 0xbe884955
	.word 0x43f4e204
	.word 0x2935b61e
	.word 0x61310545
	.word 0x72a934a9
	.word 0xd3bbe857
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
